// Copyright (c) 2026 The problem_details developers
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
#ifndef PROBLEM_DETAILS_EXAMPLES_WATCHDOG_HPP
#define PROBLEM_DETAILS_EXAMPLES_WATCHDOG_HPP

// The example server and client stop by themselves: each holds a watchdog
// that ends the process (exit status 3) if it is still running when its
// deadline passes, so a test can never hang on them.

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

namespace examples {

/// Ends the process with status 3, after printing "<program>: deadline of
/// Ns passed, <action>", if it is still alive `limit` after construction.
class watchdog {
public:
    watchdog(std::chrono::seconds limit, char const* program, char const* action)
        : thread_([this, limit, program, action] {
              std::unique_lock lock(mutex_);
              if (!done_cv_.wait_for(lock, limit, [this] { return done_; })) {
                  std::fprintf(stderr, "%s: deadline of %llds passed, %s\n", program,
                               static_cast<long long>(limit.count()), action);
                  std::_Exit(3);
              }
          }) {}
    watchdog(watchdog const&) = delete;
    watchdog& operator=(watchdog const&) = delete;
    ~watchdog() {
        {
            std::lock_guard lock(mutex_);
            done_ = true;
        }
        done_cv_.notify_one();
        thread_.join();
    }

private:
    std::mutex mutex_;
    std::condition_variable done_cv_;
    bool done_ = false;
    std::thread thread_; // last: starts when the rest is ready
};

} // namespace examples

#endif
