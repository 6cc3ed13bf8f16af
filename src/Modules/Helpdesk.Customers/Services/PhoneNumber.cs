using System.Text.RegularExpressions;
using Helpdesk.Customers.Models;

namespace Helpdesk.Customers.Services;

/// <summary>Checks phone numbers as people type them: digits, spaces and + ( ) / - . only.</summary>
public static partial class PhoneNumber
{
    public const string Pattern = @"^\+?[0-9 ()./-]+$";

    public static bool IsValid(string value) => value.Length <= CustomersTables.PhoneLength && Allowed().IsMatch(value);

    [GeneratedRegex(Pattern)]
    private static partial Regex Allowed();
}
