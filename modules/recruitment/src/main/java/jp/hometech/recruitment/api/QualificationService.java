package jp.hometech.recruitment.api;

import jp.hometech.platform.api.security.Actor;

import java.util.List;

/** The R4a qualification list: everybody reads the active entries, ADMIN edits (the console guards it). */
public interface QualificationService {

    List<QualificationView> listAll();

    /** The entries the application form offers, in display order. */
    List<QualificationView> listActive();

    QualificationView create(QualificationDefinition definition, Actor actor);

    /** Changes names, qualifying, active and order; the code never changes, as applications refer to it. */
    QualificationView update(long id, long expectedVersion, QualificationDefinition definition, Actor actor);
}
