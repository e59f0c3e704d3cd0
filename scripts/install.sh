#!/usr/bin/env bash
# Builds a release `hattama` with the Swift runtime linked in statically (it then runs on a
# machine without Swift), and installs it with its shell completions and its manual page.
#
#   scripts/install.sh [PREFIX]        # default PREFIX: /usr/local (or $PREFIX)
#
# Installs PREFIX/bin/hattama, PREFIX/share/man/man1/hattama.1,
# PREFIX/share/bash-completion/completions/hattama, PREFIX/share/zsh/site-functions/_hattama
# (a bash-style script for zsh's bashcompinit) and PREFIX/share/fish/vendor_completions.d/
# hattama.fish. Nothing is installed when the build fails.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-${PREFIX:-/usr/local}}

swift build -c release --product hattama --static-swift-stdlib --scratch-path .build-install
binary=.build-install/release/hattama
"$binary" --version >/dev/null

install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 0755 "$binary" "$prefix/bin/hattama"
"$binary" help --man > "$prefix/share/man/man1/hattama.1"
"$binary" completion bash > "$prefix/share/bash-completion/completions/hattama"
"$binary" completion zsh > "$prefix/share/zsh/site-functions/_hattama"
"$binary" completion fish > "$prefix/share/fish/vendor_completions.d/hattama.fish"
echo "installed $("$prefix/bin/hattama" --version) in $prefix" >&2
