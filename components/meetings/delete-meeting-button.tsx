"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { useApiMutation } from "@/lib/api-client/use-api-mutation";
import { meetingsApi } from "@/lib/meetings/endpoints";

export function DeleteMeetingButton({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const remove = useApiMutation(meetingsApi.deleteMeeting, {
    onSuccess() {
      toast.success("Meeting deleted");
      router.push("/meetings");
      router.refresh();
    },
  });

  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Trash2 aria-hidden /> Delete meeting
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete “{title}”?</DialogTitle>
          <DialogDescription>Its link will say the meeting was deleted. This cannot be undone.</DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">Keep it</Button>
          </DialogClose>
          <Button variant="destructive" onClick={() => void remove.mutate({ params: { id } })} pending={remove.pending}>
            Delete
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
