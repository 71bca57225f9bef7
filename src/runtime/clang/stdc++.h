// <bits/stdc++.h> for libc++, installed by gradebox: every standard header that
// compiles for wasm32-wasip1, as GCC's libstdc++ header of that name includes them,
// plus the GCC extensions competitive programmers use (std::__gcd, std::__lg).
// Left out, because they do not compile for WASI: <csetjmp>, <csignal>, <stacktrace>,
// <generator>, <spanstream>, <stdfloat>, ext/pb_ds.
#pragma once

#include <cassert>
#include <cctype>
#include <cerrno>
#include <cfloat>
#include <cinttypes>
#include <climits>
#include <clocale>
#include <cmath>
#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <cwchar>
#include <cwctype>

#include <algorithm>
#include <any>
#include <array>
#include <atomic>
#include <bitset>
#include <charconv>
#include <chrono>
#include <complex>
#include <deque>
#include <exception>
#include <functional>
#include <iomanip>
#include <ios>
#include <iosfwd>
#include <iostream>
#include <istream>
#include <iterator>
#include <limits>
#include <list>
#include <locale>
#include <map>
#include <memory>
#include <new>
#include <numeric>
#include <optional>
#include <ostream>
#include <queue>
#include <random>
#include <ratio>
#include <set>
#include <sstream>
#include <stack>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <string_view>
#include <system_error>
#include <tuple>
#include <type_traits>
#include <typeindex>
#include <typeinfo>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <valarray>
#include <variant>
#include <vector>

#if __cplusplus >= 202002L
#include <bit>
#include <compare>
#include <concepts>
#include <numbers>
#include <ranges>
#include <source_location>
#include <span>
#include <version>
#endif

#if __cplusplus >= 202302L
#include <expected>
#include <print>
#endif

namespace std {
// libstdc++'s greatest common divisor (std::gcd's older spelling); like GCC's, it
// takes one type and gives gcd(0, 0) = 0.
template <class T>
inline T __gcd(T a, T b) {
    while (b != 0) {
        T t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// libstdc++'s floor(log2(n)) for n > 0.
inline constexpr int __lg(int n) { return 31 - __builtin_clz(static_cast<unsigned>(n)); }
inline constexpr int __lg(unsigned n) { return 31 - __builtin_clz(n); }
inline constexpr long long __lg(long n) { return 63 - __builtin_clzll(static_cast<unsigned long long>(n)); }
inline constexpr long long __lg(unsigned long n) { return 63 - __builtin_clzll(n); }
inline constexpr long long __lg(long long n) { return 63 - __builtin_clzll(static_cast<unsigned long long>(n)); }
inline constexpr long long __lg(unsigned long long n) { return 63 - __builtin_clzll(n); }
}  // namespace std
