// A task run on its own thread at start and then every `interval`, until the object is destroyed
// (the destructor wakes the thread and joins it). A throwing task is logged as a warning with the
// job's name and runs again at the next interval. Used by `serve` for retention, offer expiry,
// reminders and keeping the matching index current.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace primowork {

class PeriodicJob {
 public:
  // Does nothing (no thread) when `interval` is zero or negative.
  PeriodicJob(std::string name, std::chrono::milliseconds interval, std::function<void()> task);
  ~PeriodicJob();
  PeriodicJob(const PeriodicJob&) = delete;
  PeriodicJob& operator=(const PeriodicJob&) = delete;

  // Runs the task as soon as possible (e.g. after a write that the job should see at once).
  void wake();

 private:
  void run();

  std::string name_;
  std::chrono::milliseconds interval_;
  std::function<void()> task_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  bool poke_ = false;
  std::thread thread_;
};

}  // namespace primowork
