namespace Helpdesk.Customers.Import;

/// <summary>Why a file or one of its rows cannot be imported; <see cref="Row"/> is 0 for the file as a whole.</summary>
public sealed record ImportError(int Row, string Reason);
