#pragma once

// Whether the test is built with AddressSanitizer (the `asan` preset), for the few bounds on
// time and memory that instrumentation changes. GCC defines __SANITIZE_ADDRESS__; clang 14
// only answers __has_feature.
#if defined(__SANITIZE_ADDRESS__)
#define CRM_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CRM_UNDER_ASAN 1
#endif
#endif

namespace Crm::Test {

// How much slower instrumented code runs: reading the 400 MB ratio bomb took 16 s plain and
// 139 s under ASan on a loaded machine. Time bounds are multiplied by it.
#if defined(CRM_UNDER_ASAN)
constexpr double kSanitizerSlowdown = 5.0;
#else
constexpr double kSanitizerSlowdown = 1.0;
#endif

}  // namespace Crm::Test
