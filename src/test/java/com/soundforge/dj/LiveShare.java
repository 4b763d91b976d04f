package com.soundforge.dj;

import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.TestUsers;

/** A new DJ with an open session shared by link: what every spectator test starts from. */
public record LiveShare(UserAccount owner, DjSession session, String token, String topic) {

    public static LiveShare open(UserService users, DjService dj) {
        UserAccount owner = TestUsers.create(users);
        DjSession session = dj.openLatest(owner.id());
        String token = dj.createShareLink(owner.id(), session.id());
        return new LiveShare(owner, session, token, Topics.djSession(session.id()));
    }
}
