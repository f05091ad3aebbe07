package vn.nq57.loader.rows;

/**
 * What a table column holds, read from its heading. {@code STATUS} is a reported state ("Hoàn thành", "Đang thực
 * hiện", "Quá hạn"), {@code PROGRESS} a reported result so far ("Kết quả hiện nay"), {@code NOTE_OR_COORDINATING} a
 * merged column ("Ghi chú & Đơn vị phối hợp") whose cells hold notes and unit names side by side.
 */
enum Column {
    ORDINAL, NAME, HEAD, LEAD, COORDINATING, UNIT, TARGET, RESULT, DEADLINE, STATUS, PROGRESS, NOTE, NOTE_OR_COORDINATING,
    OTHER
}
