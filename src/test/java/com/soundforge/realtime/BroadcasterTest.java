package com.soundforge.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BroadcasterTest {

    private final Broadcaster broadcaster = new Broadcaster();

    @AfterEach
    void shutDown() {
        broadcaster.destroy();
    }

    @Test
    void subscribersReceiveMessagesOfTheirTopicInOrder() throws Exception {
        List<Object> received = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(100);
        broadcaster.subscribe("tracks:a", m -> {
            received.add(m.payload());
            done.countDown();
        });
        broadcaster.subscribe("tracks:b", m -> received.add("wrong topic"));
        for (int i = 0; i < 100; i++) {
            broadcaster.publish("tracks:a", "track:created", i);
        }
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(received)
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.range(0, 100).boxed().toList());
    }

    @Test
    void aStuckSubscriberNeitherBlocksThePublisherNorOtherSubscribers() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        broadcaster.subscribe("jobs:1", m -> await(release));
        CountDownLatch fastGotAll = new CountDownLatch(Broadcaster.MAILBOX_CAPACITY);
        broadcaster.subscribe("jobs:1", m -> fastGotAll.countDown());

        Thread publisher = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < Broadcaster.MAILBOX_CAPACITY; i++) {
                broadcaster.publish("jobs:1", "job:progress", i);
            }
        });

        publisher.join(Duration.ofSeconds(20));
        assertThat(publisher.isAlive())
                .as("publisher finished while a subscriber is stuck")
                .isFalse();
        assertThat(fastGotAll.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(release.getCount())
                .as("the stuck subscriber was still stuck")
                .isEqualTo(1);
        release.countDown();
    }

    @Test
    void aSlowSubscriberLosesTheOldestMessagesBeyondItsMailboxNotTheNewest() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Object> received = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        broadcaster.subscribe("t", m -> {
            first.countDown();
            await(release);
            received.add(m.payload());
        });
        broadcaster.publish("t", "e", -1);
        assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();
        int total = Broadcaster.MAILBOX_CAPACITY * 2;
        for (int i = 0; i < total; i++) {
            broadcaster.publish("t", "e", i);
        }
        release.countDown();
        waitUntil(() -> received.contains(total - 1));
        assertThat(received).hasSize(Broadcaster.MAILBOX_CAPACITY + 1).endsWith(total - 1);
    }

    @Test
    void aSubscriberThatMustSeeEverythingIsClosedAndToldWhenItFallsAMailboxBehind() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch told = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger overruns = new java.util.concurrent.atomic.AtomicInteger();
        List<Object> received = new CopyOnWriteArrayList<>();
        Subscription subscription = broadcaster.subscribe(
                "t",
                m -> {
                    first.countDown();
                    await(release);
                    received.add(m.payload());
                },
                () -> {
                    overruns.incrementAndGet();
                    told.countDown();
                });
        broadcaster.publish("t", "e", -1);
        assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < Broadcaster.MAILBOX_CAPACITY * 2; i++) {
            broadcaster.publish("t", "e", i);
        }

        assertThat(told.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(subscription.isOpen()).isFalse();
        assertThat(broadcaster.subscriberCount("t")).isZero();
        release.countDown();
        Thread.sleep(200);
        assertThat(received).as("only the message in hand when it fell behind").containsExactly(-1);
        assertThat(overruns).hasValue(1);
    }

    @Test
    void closingASubscriptionRemovesItAndStopsDelivery() {
        List<TopicMessage> received = new CopyOnWriteArrayList<>();
        Subscription subscription = broadcaster.subscribe("t", received::add);
        assertThat(broadcaster.subscriberCount("t")).isEqualTo(1);
        subscription.close();
        subscription.close();
        broadcaster.publish("t", "e", "x");
        assertThat(broadcaster.subscriberCount("t")).isZero();
        assertThat(broadcaster.totalSubscriberCount()).isZero();
        assertThat(received).isEmpty();
    }

    @Test
    void aSubscriberWhoseScreenIsGoneIsRemovedOnTheNextMessage() throws Exception {
        broadcaster.subscribe("t", m -> {
            throw new SubscriberGoneException("tab closed");
        });
        broadcaster.publish("t", "e", "x");
        waitUntil(() -> broadcaster.subscriberCount("t") == 0);
        assertThat(broadcaster.subscriberCount("t")).isZero();
    }

    @Test
    void theOriginTravelsWithTheMessageSoAScreenCanSkipItsEcho() throws Exception {
        List<TopicMessage> received = new CopyOnWriteArrayList<>();
        broadcaster.subscribe("dj:session:1", received::add);
        broadcaster.publish("dj:session:1", "deck_state_changed", "play", "screen-A");
        waitUntil(() -> received.size() == 1);
        assertThat(received.getFirst().cameFrom("screen-A")).isTrue();
        assertThat(received.getFirst().cameFrom("screen-B")).isFalse();
    }

    @Test
    void aCrowdedTopicGivesEverySubscriberEveryMessageInOneOrderWhateverThePublishers() throws Exception {
        int crowd = TopicFanout.INLINE_MAX * 4;
        int perPublisher = 200;
        List<List<Object>> seen = new java.util.ArrayList<>();
        CountDownLatch all = new CountDownLatch(crowd);
        for (int i = 0; i < crowd; i++) {
            List<Object> mine = new CopyOnWriteArrayList<>();
            seen.add(mine);
            broadcaster.subscribe("dj:session:crowd", m -> {
                mine.add(m.payload());
                if (mine.size() == 4 * perPublisher) {
                    all.countDown();
                }
            });
        }
        List<Thread> publishers = new java.util.ArrayList<>();
        for (int p = 0; p < 4; p++) {
            int publisher = p;
            publishers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < perPublisher; i++) {
                    broadcaster.publish("dj:session:crowd", "e", publisher + ":" + i);
                }
            }));
        }
        for (Thread publisher : publishers) {
            publisher.join();
        }

        assertThat(all.await(20, TimeUnit.SECONDS))
                .as("everyone got everything")
                .isTrue();
        List<Object> order = seen.getFirst();
        for (int p = 0; p < 4; p++) {
            String prefix = p + ":";
            assertThat(order.stream().filter(o -> o.toString().startsWith(prefix)))
                    .as("each publisher's messages in the order it published them")
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, perPublisher)
                            .mapToObj(i -> prefix + i)
                            .toList());
        }
        assertThat(seen)
                .as("one order for every subscriber")
                .allSatisfy(list -> assertThat(list).isEqualTo(order));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
