// `make bench`: prints throughput and latency figures. Each benchmark lives in its own file.
print("newsroom-bench: no benchmarks yet")
