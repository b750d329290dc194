// A small fixed pool of worker threads for the crawl's per-page work (parsing, extraction,
// hashing), so that the fetch loop keeps running while pages are read. Tasks must not touch the
// store: the crawl's own thread stays the only writer.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace govwatch::crawl {

// Workers for per-page work: one per core, at least 1 and at most 3 (the fetch loop or the
// caller's own thread keeps a core busy as well).
std::size_t DefaultWorkerThreads();

class WorkPool {
 public:
  // `threads` workers; 0 runs every task inline in Submit (the single-threaded crawl).
  explicit WorkPool(std::size_t threads);
  ~WorkPool();  // waits for the queued tasks, then joins
  WorkPool(const WorkPool&) = delete;
  WorkPool& operator=(const WorkPool&) = delete;

  // Queues `task`. Tasks run in any order on any worker; a task must not throw.
  void Submit(std::function<void()> task);
  // Blocks until every task submitted so far has finished.
  void Wait();
  // Blocks until fewer than `n` tasks are queued or running (bounds the memory tasks hold).
  void WaitBelow(std::size_t n);
  std::size_t threads() const { return workers_.size(); }

 private:
  void Run();

  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable all_done_;
  std::deque<std::function<void()>> queue_;
  std::size_t running_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace govwatch::crawl
