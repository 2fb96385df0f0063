/**
 * Value realisation (värdehemtagning och värdefördelning) under a signed agreement: baselines and measurements of
 * the value model's indicators, value realised at the agreed follow-ups, its distribution between the parties by
 * the model version's rule, and transfers between budgets. One stream per agreement ({@link
 * org.innovationledger.kernel.realisation.RealisationTarget#of}).
 */
package org.innovationledger.kernel.realisation;
