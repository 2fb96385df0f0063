package org.innovationledger.bench.seed;

import org.axonframework.eventhandling.EventMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A national deployment's history of about the asked number of events: 26 Swedish and Danish regions with their
 * units and indicators, two long cases (50 and 1,000 events, for timing aggregate loads), then {@value #YEARS} years
 * in which every region registers and runs initiatives and reports its indicators at the end of each year. It stops
 * after the case that reaches the asked size, so every aggregate ends in a state its commands could have left it in.
 * Seeded with a fixed random seed: the same size gives the same history.
 */
public final class SyntheticHistory {

    public static final int FIRST_YEAR = 2016;
    public static final int YEARS = 10;

    private final long targetEvents;
    private final int batchSize;

    public SyntheticHistory(long targetEvents, int batchSize) {
        this.targetEvents = targetEvents;
        this.batchSize = batchSize;
    }

    /** Generates the history and hands it to {@code store} in batches of events in global order. */
    public SeededHistory writeTo(Consumer<List<EventMessage<?>>> store) {
        Random random = new Random(11);
        EventRecorder recorder = new EventRecorder(new SeedClock(FIRST_YEAR, YEARS, targetEvents), batchSize, store);
        List<Region> regions = Region.nationalDeployment();
        RegionHistory organisation = new RegionHistory(recorder);
        IndicatorHistory indicators = new IndicatorHistory(recorder, random);
        InitiativeHistory initiatives = new InitiativeHistory(recorder, random);
        for (Region region : regions) {
            organisation.register(region);
            indicators.define(region);
        }
        LongCases longCases = new LongCases(recorder);
        LongCases.LENGTHS.forEach(length -> longCases.record(regions.get(0), length));
        long perRegionYear = Math.max(1, (targetEvents - recorder.recorded()) / YEARS / regions.size());
        List<SeededInitiative> open = new ArrayList<>();
        int[] numbers = new int[regions.size()];
        for (int year = FIRST_YEAR; recorder.recorded() < targetEvents; year++) {
            for (int r = 0; r < regions.size() && recorder.recorded() < targetEvents; r++) {
                Region region = regions.get(r);
                long yearEnd = recorder.recorded() + perRegionYear - IndicatorHistory.eventsPerRegionYear();
                do {
                    open.add(initiatives.record(region, ++numbers[r]));
                } while (recorder.recorded() < yearEnd && recorder.recorded() < targetEvents);
            }
            for (Region region : regions) {
                for (int i = 0; i < IndicatorHistory.INDICATORS && recorder.recorded() < targetEvents; i++) {
                    indicators.report(region, i, year);
                }
            }
        }
        recorder.flush();
        return new SeededHistory(recorder.recorded(), recorder.aggregates(), regions.size(), open,
                recorder.eventsByType());
    }
}
