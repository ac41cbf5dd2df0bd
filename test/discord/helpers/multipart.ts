/** discord.js sends files as multipart/form-data: `payload_json` plus `files[n]`. */
export interface UploadedFile {
  field: string;
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

/** A multipart body: the JSON payload and the files. */
export async function readMultipart(
  raw: Buffer,
  contentType: string,
): Promise<{ body: unknown; files: UploadedFile[] }> {
  const form = await new Request('http://127.0.0.1/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: raw,
  }).formData();
  const files: UploadedFile[] = [];
  let body: unknown = null;
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value);
    } else {
      files.push({
        field,
        name: value.name,
        contentType: value.type,
        bytes: new Uint8Array(await value.arrayBuffer()),
      });
    }
  }
  return { body, files };
}
