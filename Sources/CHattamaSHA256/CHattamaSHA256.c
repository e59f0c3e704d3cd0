// SHA-256 compression (FIPS 180-4 §6.2.2) on the SHA extensions: SHA256RNDS2 does two rounds,
// SHA256MSG1 and SHA256MSG2 the two halves of the message schedule, four words at a time.
//
// The instructions keep the eight working variables in two registers, not in the order of
// FIPS 180-4: `abef` holds A, B, E, F and `cdgh` holds C, D, G, H, from the high lane down.
// SHA256RNDS2 takes both and the two words W[t] + K[t] in the low half of a third register, and
// returns the new A, B, E, F; the old A, B, E, F are then the new C, D, G, H, so two calls
// with the registers swapped make four rounds and leave each register in its role.
//
// No compiler flags: the functions that use the instructions carry a target attribute, and
// Swift calls them only when hattama_sha256_hardware_available() says so.
#include "CHattamaSHA256.h"

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

#define SHA_TARGET __attribute__((target("sha,ssse3,sse4.1")))

// K0…K63 of FIPS 180-4 §4.2.2, aligned to be loaded four at a time.
static const uint32_t round_constants[64] __attribute__((aligned(16))) = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

bool hattama_sha256_hardware_available(void) {
  unsigned int eax, ebx, ecx, edx;
  if (__get_cpuid_max(0, NULL) < 7) return false;
  if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return false;
  const bool ssse3 = ecx & (1u << 9), sse41 = ecx & (1u << 19);
  if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return false;
  const bool sha = ebx & (1u << 29);
  return ssse3 && sse41 && sha;
}

// Message words W[t…t+3] (t ≥ 16) from the four groups of four before them, oldest first:
// W[t-16…] + σ0(W[t-15…]) by MSG1, + W[t-7…] (taken across the last two groups), + σ1(W[t-2…])
// by MSG2.
SHA_TARGET static inline __m128i next_words(__m128i w16, __m128i w12, __m128i w8, __m128i w4) {
  __m128i words = _mm_sha256msg1_epu32(w16, w12);
  words = _mm_add_epi32(words, _mm_alignr_epi8(w4, w8, 4));
  return _mm_sha256msg2_epu32(words, w4);
}

// Rounds t…t+3 with the message words `w` (W[t…t+3]).
#define FOUR_ROUNDS(w, t)                                                                   \
  do {                                                                                      \
    const __m128i sums =                                                                    \
      _mm_add_epi32((w), _mm_load_si128((const __m128i *)&round_constants[(t)]));          \
    cdgh = _mm_sha256rnds2_epu32(cdgh, abef, sums);                                        \
    abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(sums, 0x0E));               \
  } while (0)

SHA_TARGET void hattama_sha256_compress(uint32_t state[8], const uint8_t *blocks, size_t count) {
  // Each 32-bit word of a block is big-endian (FIPS 180-4 §3.1); this reverses its bytes.
  const __m128i big_endian = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);

  // From H0…H7 (lanes low to high: a b c d, e f g h) to the two registers.
  __m128i abcd = _mm_loadu_si128((const __m128i *)&state[0]);
  __m128i efgh = _mm_loadu_si128((const __m128i *)&state[4]);
  abcd = _mm_shuffle_epi32(abcd, 0xB1);                // b a d c
  efgh = _mm_shuffle_epi32(efgh, 0x1B);                // h g f e
  __m128i abef = _mm_alignr_epi8(abcd, efgh, 8);       // f e b a
  __m128i cdgh = _mm_blend_epi16(efgh, abcd, 0xF0);    // h g d c

  for (size_t block = 0; block < count; block++, blocks += 64) {
    const __m128i abef_before = abef, cdgh_before = cdgh;
    __m128i w0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 0)), big_endian);
    __m128i w1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 16)), big_endian);
    __m128i w2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 32)), big_endian);
    __m128i w3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 48)), big_endian);
    FOUR_ROUNDS(w0, 0);
    FOUR_ROUNDS(w1, 4);
    FOUR_ROUNDS(w2, 8);
    FOUR_ROUNDS(w3, 12);
    for (int t = 16; t < 64; t += 16) {
      w0 = next_words(w0, w1, w2, w3);
      FOUR_ROUNDS(w0, t);
      w1 = next_words(w1, w2, w3, w0);
      FOUR_ROUNDS(w1, t + 4);
      w2 = next_words(w2, w3, w0, w1);
      FOUR_ROUNDS(w2, t + 8);
      w3 = next_words(w3, w0, w1, w2);
      FOUR_ROUNDS(w3, t + 12);
    }
    abef = _mm_add_epi32(abef, abef_before);
    cdgh = _mm_add_epi32(cdgh, cdgh_before);
  }

  // Back to H0…H7.
  abef = _mm_shuffle_epi32(abef, 0x1B);                // a b e f
  cdgh = _mm_shuffle_epi32(cdgh, 0xB1);                // g h c d
  _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(abef, cdgh, 0xF0));  // a b c d
  _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(cdgh, abef, 8));     // e f g h
}

#else

bool hattama_sha256_hardware_available(void) { return false; }

#endif
