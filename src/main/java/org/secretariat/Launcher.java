package org.secretariat;

public final class Launcher {
    public static void main(String[] args) {
    }
}
