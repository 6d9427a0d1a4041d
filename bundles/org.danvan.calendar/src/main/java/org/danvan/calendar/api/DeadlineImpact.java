package org.danvan.calendar.api;

/**
 * What a calendar change would do to the due dates of open files: how many there are, how many would get another
 * due date, and the range of the shifts in calendar days (positive: later).
 *
 * @param openChecked the open files whose running clock was recomputed
 * @param moved how many of them would get another due date
 * @param fewestDays the smallest shift among those that move (0 when none moves)
 * @param mostDays the largest shift among those that move (0 when none moves)
 * @since 1.1
 */
public record DeadlineImpact(int openChecked, int moved, int fewestDays, int mostDays) {

    /** Nothing to recompute. */
    public static final DeadlineImpact NONE = new DeadlineImpact(0, 0, 0, 0);

    public DeadlineImpact {
        if (openChecked < 0 || moved < 0 || moved > openChecked || fewestDays > mostDays) {
            throw new IllegalArgumentException("inconsistent impact");
        }
    }

    /** The impacts of several providers together. */
    public DeadlineImpact plus(DeadlineImpact other) {
        if (moved == 0) {
            return new DeadlineImpact(openChecked + other.openChecked, other.moved, other.fewestDays, other.mostDays);
        }
        if (other.moved == 0) {
            return new DeadlineImpact(openChecked + other.openChecked, moved, fewestDays, mostDays);
        }
        return new DeadlineImpact(openChecked + other.openChecked, moved + other.moved,
                Math.min(fewestDays, other.fewestDays), Math.max(mostDays, other.mostDays));
    }
}
