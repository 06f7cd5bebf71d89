package org.uplift.reporting.rebuild;

/** A projection that can be dropped and rebuilt by replaying its topics from the beginning. */
public interface ReadModel {

    /** Deletes everything this read model holds. */
    void clear();

    /** Re-reads this read model's topics from offset 0 on the listener's consumer thread. */
    void replayFromStart();
}
