namespace Helpdesk.Tests.Infrastructure;

public static class UriExtensions
{
    /// <summary>The path and query of an absolute address, or a relative address as written.</summary>
    public static string PathAndQueryOrOriginal(this Uri uri) =>
        uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
