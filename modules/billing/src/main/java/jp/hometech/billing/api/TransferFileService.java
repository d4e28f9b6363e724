package jp.hometech.billing.api;

import jp.hometech.platform.api.security.Actor;

import java.time.YearMonth;

/** The Zengin 総合振込 file of a confirmed month (種別コード 21); every download is recorded and audited. */
public interface TransferFileService {

    TransferFilePreview preview(YearMonth month);

    /** The file's bytes (Shift_JIS, 120-byte records); refused while a payee has no confirmed bank account. */
    byte[] download(YearMonth month, Actor actor);
}
