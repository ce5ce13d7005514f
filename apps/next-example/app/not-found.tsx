import { NotFoundBlock } from "@nexod/blocks/not-found";

export default function NotFound() {
  return <NotFoundBlock homeHref="/" supportHref="/status" />;
}
