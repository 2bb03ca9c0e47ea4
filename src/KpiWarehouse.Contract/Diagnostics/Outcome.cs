namespace KpiWarehouse.Contract.Diagnostics;

/// <summary>Either a value or the <see cref="Diagnostic"/> that prevented it.</summary>
public readonly struct Outcome<T>
{
    private readonly T? _value;

    private Outcome(T? value, Diagnostic? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The failure, or null on success.</summary>
    public Diagnostic? Error { get; }

    /// <summary>True when there is a value.</summary>
    public bool IsSuccess => Error is null;

    /// <summary>The value; reading it from a failure is a bug.</summary>
    public T Value => Error is null ? _value! : throw new InvalidOperationException($"No value: {Error}");

    /// <summary>A success.</summary>
    public static Outcome<T> Ok(T value) => new(value, null);

    /// <summary>A failure.</summary>
    public static Outcome<T> Fail(Diagnostic error) => new(default, error);

    /// <summary>A failure with a code and message.</summary>
    public static Outcome<T> Fail(string code, string message, string? location = null) =>
        new(default, new Diagnostic(code, message, location));

    public static implicit operator Outcome<T>(Diagnostic error) => Fail(error);
}
