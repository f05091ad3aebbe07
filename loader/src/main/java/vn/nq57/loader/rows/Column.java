package vn.nq57.loader.rows;

/** What a table column holds, read from its heading. */
enum Column {
    ORDINAL, NAME, HEAD, LEAD, COORDINATING, UNIT, TARGET, RESULT, DEADLINE, NOTE, OTHER
}
