/**
 * Answers as of an earlier point in the ledger: any read model or report asked with {@code asOf} (an ISO-8601 instant
 * with offset, or a date meaning the end of that day in the ledger's time zone) or {@code asOfPosition} (a global
 * event position) is rebuilt from the events up to that point in a temporary database, by the live projection beans,
 * and answered there by the live query handler; the response states the newest event it reflects
 * ({@code Ledger-Position}) and the moment it is as of ({@code Ledger-As-Of}).
 * <p>
 * Which read models can be asked as of: every one the query API reaches through the query gateway, because each is a
 * projection of a processing group whose query handlers read that group's documents only (or, for
 * {@code PortfolioQueries}, names its group with {@link org.innovationledger.query.infra.replay.ReadsProcessingGroup}):
 * organisation units, process models, the needs backlog, missions, the portfolio overview and initiative detail,
 * initiative timelines, the gate-decision log, the barrier heat map, the partner register, the agreement register,
 * value models, value realisation, funding calls and the funding report, indicators, reporting periods and the
 * indicator report, and the published innovation accounts editions. The innovation accounts previews are folded from
 * the events directly and take {@code position}, {@code asOf} or {@code asOfPosition} themselves.
 * <p>
 * Which cannot: {@code FetchInnovationAccounts} through the gateway (it reads no read model; its query carries its own
 * position), streaming, scatter-gather and subscription queries (nothing uses them), and any endpoint that does not
 * answer through the query gateway (it is refused with 400 {@code AS_OF_NOT_SUPPORTED} rather than answered with
 * today's state).
 */
package org.innovationledger.query.infra.asof;
