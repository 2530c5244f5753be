export const postPath = (postId: string) => `/posts/${encodeURIComponent(postId)}`;
export const editPostPath = (postId: string) => `/posts/${encodeURIComponent(postId)}/edit`;
