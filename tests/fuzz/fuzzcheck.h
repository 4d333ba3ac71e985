#pragma once

#include <QString>

#include <cstdio>
#include <cstdlib>

// A property a fuzz target checks: when it does not hold, the input is a finding like a crash (libFuzzer keeps it
// as crash-<sha1> and stops).
#define FUZZ_CHECK(condition, detail)                                                                                  \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n  %s\n", __FILE__, __LINE__, #condition,             \
                         qUtf8Printable(QString(detail)));                                                             \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
