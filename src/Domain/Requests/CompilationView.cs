namespace FocalBot.Domain.Requests;

/// Which version of a compilation is made: the office's, with every answer (those a state gave to the office only are
/// marked so), or the network's, which its recipients receive once the office releases it.
public enum CompilationView { Office, Network }

/// What a version of the compilation may show of a state's answer. The one rule, for everything hung on an answer to a
/// question (its text, nil kind and date, and whatever is attached to it): an answer given to the office only stays
/// out of the network's version, which says so without revealing any of it.
public static class CompilationVisibility
{
    /// Whether this version shows the content of the answer to one question; a missing answer has nothing to hide.
    public static bool Shows(CompilationView view, QuestionAnswer? answer) =>
        view == CompilationView.Office || answer is not { OfficeOnly: true };

    /// The same for a state's answer to one question (null: the state gave none).
    public static bool Shows(CompilationView view, StateAnswer? answer, QuestionNumber question) =>
        Shows(view, answer?.For(question));
}
