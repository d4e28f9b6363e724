/**
 * The facts training publishes to other modules, through the platform's outbox
 * ({@link jp.hometech.platform.api.event.EventOutbox}): written in the transaction that records them, delivered
 * after its commit, retried until every observer succeeded. A trainee is named by the platform account id.
 * Each class says who publishes it, when, in which transaction phase, and who must react; observers use plain
 * {@code @Observes} and are idempotent.
 */
package jp.hometech.training.api.event;
