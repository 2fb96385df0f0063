package org.innovationledger.app;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds a processor's replay half-way, so a test can query and command while the replay is surely in progress:
 * when closed, the processor stops before the replayed event after the first {@code holdAfter} and waits until
 * opened. Live (not replayed) events pass. Never holds longer than {@value #MAX_HOLD_SECONDS} seconds.
 */
final class ReplayGate implements MessageHandlerInterceptor<EventMessage<?>> {

    static final int MAX_HOLD_SECONDS = 60;

    private final int holdAfter;
    private final AtomicInteger replayed = new AtomicInteger();
    private volatile CountDownLatch opened = new CountDownLatch(0);
    private volatile CountDownLatch holding = new CountDownLatch(1);

    ReplayGate(int holdAfter) {
        this.holdAfter = holdAfter;
    }

    void close() {
        replayed.set(0);
        holding = new CountDownLatch(1);
        opened = new CountDownLatch(1);
    }

    void open() {
        opened.countDown();
    }

    /** Waits until the replay is held at the gate. */
    boolean awaitHolding() throws InterruptedException {
        return holding.await(MAX_HOLD_SECONDS, TimeUnit.SECONDS);
    }

    int replayedBeforeHold() {
        return holdAfter;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (ReplayToken.isReplay(unitOfWork.getMessage()) && opened.getCount() > 0
                && replayed.incrementAndGet() > holdAfter) {
            holding.countDown();
            opened.await(MAX_HOLD_SECONDS, TimeUnit.SECONDS);
        }
        return chain.proceed();
    }
}
