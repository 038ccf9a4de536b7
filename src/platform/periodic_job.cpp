#include "platform/periodic_job.h"

#include <exception>
#include <utility>

#include "platform/log.h"

namespace primowork {

PeriodicJob::PeriodicJob(std::string name, std::chrono::milliseconds interval,
                         std::function<void()> task)
    : name_(std::move(name)), interval_(interval), task_(std::move(task)) {
  if (interval_.count() > 0) thread_ = std::thread([this] { run(); });
}

PeriodicJob::~PeriodicJob() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void PeriodicJob::wake() {
  {
    std::lock_guard lock(mutex_);
    poke_ = true;
  }
  wake_.notify_all();
}

void PeriodicJob::run() {
  std::unique_lock lock(mutex_);
  while (!stop_) {
    poke_ = false;
    lock.unlock();
    try {
      task_();
    } catch (const std::exception& e) {
      log::warn("periodic job failed", {{"job", name_}, {"error", e.what()}});
    }
    lock.lock();
    wake_.wait_for(lock, interval_, [this] { return stop_ || poke_; });
  }
}

}  // namespace primowork
