package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.publishing.search.SearchIndex;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * 系统管理员: 搜索索引 ({@code /admin/system/search-index.xhtml}) — how many articles the index holds
 * against the database, the last rebuild, and a button that rebuilds it in the background.
 */
@Named
@RequestScoped
public class SearchIndexPage {

    @EJB
    private SearchIndex searchIndex;

    private SearchIndex.Status status;

    public SearchIndex.Status getStatus() {
        if (status == null) {
            status = searchIndex.status();
        }
        return status;
    }

    public void rebuild() {
        FacesContext faces = FacesContext.getCurrentInstance();
        searchIndex.rebuildRequestedBy(((jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest())
                .getRemoteAddr());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "已开始重建搜索索引，完成前搜索仍使用原索引。请稍后刷新本页查看结果。", null));
        status = null;
    }
}
