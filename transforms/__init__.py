"""Pure polars transforms: each stage takes frames and returns frames, no I/O."""
