package com.loginsessions.application.fakes;

import com.loginsessions.application.port.out.UserStore;
import com.loginsessions.domain.PasswordHash;
import com.loginsessions.domain.PhoneNumber;
import com.loginsessions.domain.User;
import com.loginsessions.domain.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryUserStore implements UserStore {

    private final Map<PhoneNumber, User> byPhone = new ConcurrentHashMap<>();

    @Override
    public boolean addIfPhoneUnused(User user) {
        return byPhone.putIfAbsent(user.phone(), user) == null;
    }

    @Override
    public Optional<User> findByPhone(PhoneNumber phone) {
        return Optional.ofNullable(byPhone.get(phone));
    }

    @Override
    public Optional<User> findById(UserId id) {
        return byPhone.values().stream().filter(u -> u.id().equals(id)).findFirst();
    }

    @Override
    public boolean lockIfPasswordUnchanged(UserId id, PasswordHash verified) {
        return findById(id).filter(u -> u.passwordHash().equals(verified)).isPresent();
    }

    @Override
    public synchronized boolean changePasswordHash(UserId id, PasswordHash expected, PasswordHash replacement) {
        Optional<User> current = findById(id).filter(u -> u.passwordHash().equals(expected));
        current.ifPresent(u -> byPhone.put(u.phone(), User.restore(u.id(), u.phone(), replacement, u.createdAt())));
        return current.isPresent();
    }
}
