namespace Helpdesk.ContentManagement;

/// <summary>
/// Makes the ids of content items and their versions: 26 lowercase letters and digits from a
/// random GUID, short enough for URLs and input names, unique without asking the database.
/// </summary>
public static class ContentIdGenerator
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        Guid.NewGuid().TryWriteBytes(bytes);

        return string.Create(26, Convert(bytes), static (chars, value) =>
        {
            var (high, low) = value;
            for (var i = 25; i >= 0; i--)
            {
                chars[i] = Alphabet[(int)(low & 31)];
                low = (low >> 5) | ((high & 31) << 59);
                high >>= 5;
            }
        });
    }

    private static (ulong High, ulong Low) Convert(ReadOnlySpan<byte> bytes) =>
        (BitConverter.ToUInt64(bytes[..8]), BitConverter.ToUInt64(bytes[8..]));
}
