// Batch work over both cores: items handed out one at a time to a small pool
// of threads. Each item writes only its own result slot, so the output does
// not depend on the number of threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace lexgap::concurrency {

// The number of threads to use: `requested`, or one per core when 0, never
// more than there are items.
inline unsigned thread_count(unsigned requested, std::size_t items) {
  unsigned n = requested ? requested : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::min<std::size_t>(n, std::max<std::size_t>(items, 1)));
}

// Calls work(i) for every i in [0, count); the calling thread takes part.
template <typename Work>
void parallel_for(std::size_t count, unsigned threads, Work const& work) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) work(i);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < thread_count(threads, count); ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
}

}  // namespace lexgap::concurrency
