#include "crawl/work_pool.hpp"

#include <algorithm>

namespace govwatch::crawl {

std::size_t DefaultWorkerThreads() { return std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 3); }

WorkPool::WorkPool(std::size_t threads) {
  workers_.reserve(threads);
  for (std::size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { Run(); });
}

WorkPool::~WorkPool() {
  Wait();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& t : workers_) t.join();
}

void WorkPool::Submit(std::function<void()> task) {
  if (workers_.empty()) {
    task();
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queue_.push_back(std::move(task));
  }
  work_ready_.notify_one();
}

void WorkPool::Wait() {
  std::unique_lock<std::mutex> lock(mutex_);
  all_done_.wait(lock, [this] { return queue_.empty() && running_ == 0; });
}

void WorkPool::WaitBelow(std::size_t n) {
  std::unique_lock<std::mutex> lock(mutex_);
  all_done_.wait(lock, [this, n] { return queue_.size() + running_ < n; });
}

void WorkPool::Run() {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      work_ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, nothing left
      task = std::move(queue_.front());
      queue_.pop_front();
      ++running_;
    }
    task();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      --running_;
    }
    all_done_.notify_all();  // Wait and WaitBelow recheck their condition
  }
}

}  // namespace govwatch::crawl
