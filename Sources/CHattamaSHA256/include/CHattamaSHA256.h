// The SHA-256 compression function on the CPU's SHA extensions (Intel SHA-NI, also on AMD Zen).
//
// HattamaKit's `SHA256` (Sources/HattamaKit/Crypto/SHA256.swift) is the implementation and the
// reference; this only replaces its compression loop where the processor has the instructions,
// which Swift cannot name. Every journal line is hashed on every read under the lock, and these
// instructions hash a line in a third of the time of the portable loop.
#ifndef CHATTAMA_SHA256_H
#define CHATTAMA_SHA256_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// Whether this processor has the SHA extensions and the SSSE3 and SSE4.1 instructions the
/// rounds also use (CPUID). Always false on a processor that is not x86-64.
bool hattama_sha256_hardware_available(void);

#if defined(__x86_64__)
/// Compresses `count` 64-byte blocks at `blocks` into `state`, the eight working words H0…H7
/// of FIPS 180-4 §6.2.2 in order, as the portable loop does. Only to be called when
/// `hattama_sha256_hardware_available()` is true: on another processor it traps (an illegal
/// instruction).
void hattama_sha256_compress(uint32_t state[8], const uint8_t *blocks, size_t count);
#endif

#endif
