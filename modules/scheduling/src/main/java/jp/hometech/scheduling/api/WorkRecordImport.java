package jp.hometech.scheduling.api;

import jp.hometech.platform.api.security.Actor;

/**
 * Imports work records from the telephony system's CSV: header {@code work_date,contract_number,start,end,calls},
 * one row per work session, UTF-8 (with or without BOM) or Shift_JIS (CP932). Every row is checked; one bad row
 * and nothing is stored. A contractor's day in the file replaces what was stored for that day.
 */
public interface WorkRecordImport {

    ImportResult importCsv(byte[] content, String fileName, ImportSource source, Actor actor);
}
