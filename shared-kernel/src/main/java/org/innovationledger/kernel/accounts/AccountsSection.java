package org.innovationledger.kernel.accounts;

/**
 * The sections of the yearly innovation accounts, in the order and with the headings of Region Stockholm's
 * Innovationsbokslut 2021 (its table of contents; research analysis §1.7). The colophon is not a section.
 */
public enum AccountsSection {
    /** Bakgrund och sammanfattning: the strategy's purpose and the two decided indicators. */
    BACKGROUND_AND_SUMMARY,
    /** Integrerad innovation: systematic innovation work across the organisation. */
    INTEGRATED_INNOVATION,
    /** Internt utvecklingsarbete: intellectual property, the innovation fund and its projects, other projects. */
    INTERNAL_DEVELOPMENT,
    /** Fler och bättre testmiljöer: test environments (testbeds) and the pilots run in them. */
    TEST_ENVIRONMENTS,
    /** Innovation och inköp: procurement, innovation partnerships, companies' single entry ("En väg in"). */
    INNOVATION_AND_PROCUREMENT,
    /** Regional, nationell och internationell samverkan: partners and agreements. */
    COLLABORATION
}
