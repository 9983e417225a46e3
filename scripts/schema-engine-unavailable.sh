#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded offline.
# `prisma generate` only needs the file to exist; scripts/db.mjs does the engine's other jobs.
echo "schema engine not available: use npm run db:* (scripts/db.mjs)" >&2
exit 1
