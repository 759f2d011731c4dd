import {
  type ActionFunctionArgs,
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from "@remix-run/node";
import { requireAdmin } from "../admin-context.server";
import type { UploadResponse } from "../admin/components/knowledge/UploadCard";
import { MAX_UPLOAD_BYTES } from "../admin/components/knowledge/article-rules";
import { db } from "../db.server";
import { UploadRejected, uploadArticle } from "../services/knowledge.server";

/** One uploaded file becomes one article (the knowledge page sends files here one at a time). */
export const action = async ({ request }: ActionFunctionArgs): Promise<UploadResponse> => {
  const { shop } = await requireAdmin(request);
  // In the query, not the form: it must come back even when the form cannot be read.
  const uploadId = new URL(request.url).searchParams.get("uploadId") ?? "";
  try {
    // The size limit is enforced while reading, so an oversized file is never held in memory whole.
    const form = await parseMultipartFormData(request, createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES }));
    const file = form.get("file");
    if (!(file instanceof File)) return { uploadId, ok: false, problem: "empty" };
    const article = await uploadArticle(db, shop, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return { uploadId, ok: true, article };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { uploadId, ok: false, problem: "size" };
    if (error instanceof UploadRejected) return { uploadId, ok: false, problem: error.problem };
    // Answered, not thrown: the page reports this one file and goes on with the rest of the batch.
    console.error("knowledge upload failed", error);
    return { uploadId, ok: false, problem: "failed" };
  }
};
