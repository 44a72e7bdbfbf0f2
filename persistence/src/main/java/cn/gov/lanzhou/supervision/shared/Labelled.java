package cn.gov.lanzhou.supervision.shared;

/** An enum value with the Chinese label users know it by. */
public interface Labelled {

    String label();
}
