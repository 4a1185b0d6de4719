"""The shared hashing core. Each module is one hash family; formats combine them."""
