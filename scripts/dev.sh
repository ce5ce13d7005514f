#!/usr/bin/env bash
# One command on a fresh machine: install everything, then start Storybook (the main job).
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
exec pnpm dev
