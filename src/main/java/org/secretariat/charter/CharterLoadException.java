package org.secretariat.charter;

import java.util.List;

/** A profile was refused; every problem found is listed, in file order. */
public class CharterLoadException extends Exception {

    private final transient List<CharterProblem> problems;

    public CharterLoadException(List<CharterProblem> problems) {
        super(problems.isEmpty() ? "charter refused" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<CharterProblem> problems() {
        return problems;
    }
}
