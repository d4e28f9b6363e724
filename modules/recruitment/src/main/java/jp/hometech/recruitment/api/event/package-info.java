/**
 * The facts recruitment publishes to other modules, all through the platform's outbox
 * ({@link jp.hometech.platform.api.event.EventOutbox}): each is written in the transaction that makes the change,
 * and delivered after it committed, once per delivery transaction, retried until every observer succeeded.
 * Every event names the person by the platform account id and carries no personal data.
 *
 * <p>Each class says, in this order: who publishes it, when, in which transaction phase, and who must react.
 * Observers use plain {@code @Observes} and must be idempotent (an event can arrive twice, and events of one
 * contract need not arrive in the order they were published: each carries what its observer needs).
 */
package jp.hometech.recruitment.api.event;
