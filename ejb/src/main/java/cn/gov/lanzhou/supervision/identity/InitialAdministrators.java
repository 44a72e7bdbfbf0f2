package cn.gov.lanzhou.supervision.identity;

import cn.gov.lanzhou.supervision.gm.password.RandomPasswords;
import cn.gov.lanzhou.supervision.startup.InvalidSettingException;
import cn.gov.lanzhou.supervision.startup.PortalSettings;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/**
 * 初始管理员 — no default passwords in production. At the first start of the {@code production}
 * profile (no account at all), creates the three administrators of 三权分立 with random one-time
 * passwords, each to be changed at the first login, and writes them once to
 * {@code ${portal.data.dir}/initial-admin-passwords.txt}, readable by the owner only. Only the
 * file's path is logged. The demo profile keeps its documented demo accounts instead.
 */
@Stateless
public class InitialAdministrators {

    /** Name of the file, in {@code portal.data.dir}. */
    public static final String FILE_NAME = "initial-admin-passwords.txt";

    static final int PASSWORD_LENGTH = 20;

    private static final Logger LOG = Logger.getLogger(InitialAdministrators.class.getName());

    private record Administrator(String username, String displayName, Role role) {
    }

    private static final List<Administrator> ADMINISTRATORS = List.of(
            new Administrator("sysadmin", "系统管理员", Role.SYSTEM_ADMIN),
            new Administrator("secadmin", "安全管理员", Role.SECURITY_ADMIN),
            new Administrator("auditadmin", "审计管理员", Role.AUDIT_ADMIN));

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private AccountStore accounts;

    @Inject
    private PortalSettings portal;

    @Inject
    private IdentitySettings identity;

    /**
     * Checks the login settings and, in production with an empty account table, creates the three
     * administrators. The accounts and the file come together: if the file cannot be written, the
     * accounts are rolled back; an existing file is never overwritten (the start stops instead).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createIfNoAccounts() {
        try {
            identity.check();
        } catch (InvalidSettingException e) {
            throw new StartRefused(e.getMessage());
        }
        if (portal.profile() != PortalSettings.Profile.PRODUCTION) {
            return;
        }
        long existing = em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        Path file = portal.dataDir().resolve(FILE_NAME);
        if (Files.exists(file)) {
            throw fileExists(file);
        }
        RandomPasswords generator = new RandomPasswords();
        StringBuilder text = new StringBuilder()
                .append("# 兰州市建设工程安全质量监督站 — 初始管理员一次性口令 / initial administrator passwords\n")
                .append("# 生成时间 ").append(LocalDateTime.now().withNano(0)).append('\n')
                .append("# 每个口令只用于首次登录：登录后须立即修改口令并绑定动态口令（TOTP）。\n")
                .append("# 请将每一行分别交给对应的管理员，分发后删除本文件。\n")
                .append("# Each password works for the first login only; hand each line to its administrator, then delete this file.\n");
        for (Administrator a : ADMINISTRATORS) {
            char[] password = generator.generate(PASSWORD_LENGTH);
            try {
                text.append(a.username()).append('\t').append(a.displayName()).append('\t').append(password).append('\n');
                accounts.createAccount(a.username(), a.displayName(), a.role(), password.clone(), "system", null);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        // Surface a conflict (another node starting at the same time) before the file exists.
        em.flush();
        try {
            InitialPasswordFile.writeOnce(file, text.toString());
        } catch (FileAlreadyExistsException e) {
            throw fileExists(file);
        } catch (IOException e) {
            throw new StartRefused("无法写入初始管理员口令文件 / cannot write " + file + ": "
                    + e.getClass().getSimpleName());
        } finally {
            for (int i = 0; i < text.length(); i++) {
                text.setCharAt(i, '\0');
            }
        }
        LOG.warning(() -> "初始管理员账号已创建，一次性口令已写入 " + file + "（仅所有者可读），请分发后删除"
                + " / initial administrator accounts created; one-time passwords written to " + file);
    }

    private static StartRefused fileExists(Path file) {
        return new StartRefused("初始管理员口令文件 " + file + " 已存在而账号表为空：请确认后移走该文件再启动"
                + " / " + file + " exists but there are no accounts: move it away, then start again");
    }

    /**
     * Why the start cannot go on, in one line; an application exception so that the start-up bean
     * sees it as it is, not wrapped in an {@code EJBException}, and the accounts roll back.
     */
    @ApplicationException(rollback = true)
    public static class StartRefused extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        StartRefused(String message) {
            super(message);
        }
    }
}
