#!/usr/bin/env python3
"""Makes the corpus of damaged project files from ../format-2.eqlm (a good file).

Each file is damaged in one way an emailed file can be: cut short, bits flipped in the header or
the content, another program's database, an empty file, a newer version. Run it again after the
file format changes; tests/core/sharing/DamagedCorpusTest.cpp says what each must be refused with.
"""
import os
import shutil
import sqlite3

here = os.path.dirname(os.path.abspath(__file__))
good = open(os.path.join(here, "..", "format-2.eqlm"), "rb").read()


def write(name, data):
    with open(os.path.join(here, name), "wb") as f:
        f.write(data)


def flip(data, offset, bit):
    b = bytearray(data)
    b[offset] ^= 1 << bit
    return bytes(b)


def with_sql(name, *statements):
    path = os.path.join(here, name)
    write(name, good)
    db = sqlite3.connect(path)
    for s in statements:
        db.execute(s)
    db.commit()
    db.close()


write("empty.eqlm", b"")
write("not-a-project.eqlm", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
write("truncated-in-header.eqlm", good[:60])
write("truncated-half.eqlm", good[: len(good) // 2])
write("truncated-one-byte.eqlm", good[:-1])
write("trailing-garbage.eqlm", good + b"\0garbage" * 16)
write("bitflip-magic.eqlm", flip(good, 5, 3))
write("bitflip-page-size.eqlm", flip(good, 17, 6))
write("bitflip-application-id.eqlm", flip(good, 70, 0))
write("bitflip-format-version.eqlm", flip(good, 63, 1))
write("bitflip-page-count.eqlm", flip(good, 31, 0))
# Inside the content: a b-tree page header, and a byte of a node's title.
write("bitflip-btree-page.eqlm", flip(good, 4096 * 2, 4))
title = good.find(b"Housing")
assert title > 0
write("bitflip-title-text.eqlm", flip(good, title + 2, 5))

# Another program's database, with and without our application id.
for name, app_id in (("foreign-sqlite.eqlm", 0), ("foreign-schema.eqlm", 0x45714C6D)):
    path = os.path.join(here, name)
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA application_id=%d" % app_id)
    db.execute("PRAGMA user_version=2")
    db.execute("CREATE TABLE contacts (name TEXT, email TEXT)")
    db.execute("INSERT INTO contacts VALUES ('Priya', 'priya@example.org')")
    db.commit()
    db.execute("VACUUM")
    db.close()

# A newer version of Equity Logic wrote these.
with_sql("newer-format.eqlm", "PRAGMA user_version=99",
         "UPDATE meta SET value='99' WHERE key='min_reader_version'")
with_sql("newer-min-reader.eqlm", "UPDATE meta SET value='9' WHERE key='min_reader_version'")
# Changed by another program: the contents no longer match the checksum.
with_sql("changed-without-checksum.eqlm", "UPDATE nodes SET title = title || ' (edited)'")
# Left in WAL mode by another program.
with_sql("wal-mode.eqlm", "PRAGMA journal_mode=WAL")
for leftover in ("wal-mode.eqlm-wal", "wal-mode.eqlm-shm"):
    p = os.path.join(here, leftover)
    if os.path.exists(p):
        os.remove(p)
