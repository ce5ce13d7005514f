#!/usr/bin/env bash
# One command on a fresh machine: install everything, then run every test.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
pnpm test
